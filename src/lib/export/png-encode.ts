import { promisify } from 'node:util';
import { deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

// A chart has few colours (flat fills and the greys of anti-aliased text), so a palette PNG is a
// third of the size of the RGBA file resvg writes. Node's zlib does the compression; this file
// only lays out the chunks the PNG specification asks for.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const out = Buffer.alloc(body.length + 8);
	out.writeUInt32BE(data.length, 0);
	body.copy(out, 4);
	out.writeUInt32BE(crc32(body), body.length + 4);
	return out;
}

/** An international text chunk: UTF-8, so Kazakh survives, uncompressed. */
function itxt(keyword: string, text: string): Buffer {
	return chunk(
		'iTXt',
		Buffer.concat([Buffer.from(`${keyword}\0\0\0\0\0`, 'latin1'), Buffer.from(text, 'utf8')])
	);
}

/**
 * Encodes RGBA pixels as an 8-bit palette PNG carrying the given text metadata (PNG keywords such
 * as Title, Description, Source). Returns undefined when the image has more than 256 colours.
 */
export async function encodeIndexedPng(
	rgba: Uint8Array,
	width: number,
	height: number,
	text: Record<string, string> = {}
): Promise<Buffer | undefined> {
	// Each pixel read as one 32-bit word (in the machine's byte order: only equality matters), and
	// the palette taken from the bytes of the pixel where each colour first appears. Most pixels
	// repeat their left neighbour, so the last colour is checked before the map: a 2x chart has
	// two million pixels, and this loop was most of the export's time.
	const pixels =
		rgba.byteOffset % 4 === 0
			? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height)
			: new Uint32Array(rgba.slice(0, width * height * 4).buffer);
	const index = new Map<number, number>();
	const firstSeen: number[] = [];
	const rows = Buffer.alloc((width + 1) * height);
	let last = -1;
	let lastIndex = 0;
	for (let y = 0, p = 0, out = 0; y < height; y++) {
		// Filter type 0 (none) for every row: the specification's advice for palette images.
		rows[out++] = 0;
		for (let x = 0; x < width; x++, p++) {
			const colour = pixels[p] as number;
			if (colour !== last) {
				let i = index.get(colour);
				if (i === undefined) {
					if (index.size === 256) return undefined;
					i = index.size;
					index.set(colour, i);
					firstSeen.push(p * 4);
				}
				last = colour;
				lastIndex = i;
			}
			rows[out++] = lastIndex;
		}
	}
	const palette = Buffer.alloc(index.size * 3);
	const alpha = Buffer.alloc(index.size);
	firstSeen.forEach((at, i) => {
		palette.set(rgba.subarray(at, at + 3), i * 3);
		alpha[i] = rgba[at + 3] as number;
	});
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette colour, no interlace
	const opaque = alpha.every((a) => a === 255);
	// Level 9 is most of a PNG's time; zlib runs it on the thread pool, off the main thread.
	const compressed = await deflateAsync(rows, { level: 9 });
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', header),
		...Object.entries(text).map(([k, v]) => itxt(k, v)),
		chunk('PLTE', palette),
		...(opaque ? [] : [chunk('tRNS', alpha)]),
		chunk('IDAT', compressed),
		chunk('IEND', new Uint8Array())
	]);
}

/**
 * Rounds every colour channel to a multiple of `step`: the in-between shades of anti-aliased
 * edges (a map's coastlines) then fit a palette, with a change no eye can see at step 8.
 */
export function quantize(rgba: Uint8Array, step: number): Uint8Array {
	const rounded = Uint8Array.from({ length: 256 }, (_, v) =>
		Math.min(255, Math.round(v / step) * step)
	);
	const out = new Uint8Array(rgba.length);
	for (let i = 0; i < rgba.length; i += 4) {
		out[i] = rounded[rgba[i] as number] as number;
		out[i + 1] = rounded[rgba[i + 1] as number] as number;
		out[i + 2] = rounded[rgba[i + 2] as number] as number;
		out[i + 3] = rgba[i + 3] as number;
	}
	return out;
}

/** Adds text metadata to a PNG made elsewhere, right after its header chunk. */
export function withText(png: Buffer, text: Record<string, string>): Buffer {
	// The signature (8 bytes), then IHDR: length (4), type (4), 13 bytes of data, CRC (4).
	const afterHeader = SIGNATURE.length + 4 + 4 + 13 + 4;
	return Buffer.concat([
		png.subarray(0, afterHeader),
		...Object.entries(text).map(([k, v]) => itxt(k, v)),
		png.subarray(afterHeader)
	]);
}
