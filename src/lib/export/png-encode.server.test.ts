import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng, quantize, withText } from './png-encode';

function image(width: number, height: number, colour: (x: number, y: number) => number[]) {
	const data = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) data.set(colour(x, y), (y * width + x) * 4);
	}
	return data;
}

describe('encodeIndexedPng', () => {
	it('writes a palette PNG that decodes to the same pixels', async () => {
		const rgba = image(7, 5, (x, y) => [x * 30, y * 40, 200, 255]);
		const png = (await encodeIndexedPng(rgba, 7, 5, { Title: 'Қазақ' }))!;
		const decoded = PNG.sync.read(png);
		expect([decoded.width, decoded.height]).toEqual([7, 5]);
		expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
		expect(png.includes(Buffer.from('Title\0\0\0\0\0Қазақ', 'utf8'))).toBe(true);
	});

	it('keeps transparency', async () => {
		const rgba = image(4, 4, (x) => [0, 0, 0, x * 80]);
		const decoded = PNG.sync.read((await encodeIndexedPng(rgba, 4, 4))!);
		expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
	});

	it('declines an image of more than 256 colours', async () => {
		const rgba = image(20, 20, (x, y) => [x, y, 0, 255]);
		expect(await encodeIndexedPng(rgba, 20, 20)).toBeUndefined();
	});
});

describe('withText', () => {
	it('adds metadata to a PNG made elsewhere, which still decodes to the same pixels', () => {
		const rgba = image(3, 2, (x, y) => [x * 80, y * 100, 50, 255]);
		const plain = PNG.sync.write(
			Object.assign(new PNG({ width: 3, height: 2 }), { data: Buffer.from(rgba) })
		);
		const tagged = withText(plain, { URL: 'https://derek.test/kk/charts/x' });
		expect(tagged.includes(Buffer.from('URL\0\0\0\0\0https://derek.test/kk/charts/x'))).toBe(true);
		expect(Buffer.from(PNG.sync.read(tagged).data).equals(Buffer.from(rgba))).toBe(true);
	});
});

describe('quantize', () => {
	it('rounds colour channels to the step, never alpha, and brings many shades under 256', async () => {
		const rgba = image(20, 20, (x, y) => [x * 4, y * 4, 3, 200]);
		const q = quantize(rgba, 8);
		expect([q[0], q[1], q[2], q[3]]).toEqual([0, 0, 0, 200]);
		expect(q.every((v, i) => i % 4 === 3 || v % 8 === 0 || v === 255)).toBe(true);
		expect(await encodeIndexedPng(rgba, 20, 20)).toBeUndefined();
		expect(await encodeIndexedPng(q, 20, 20)).toBeDefined();
	});
});
