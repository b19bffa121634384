// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
	}
}

// `blocking="render"` (HTML's render-blocking attribute) is not in Svelte's element types yet.
declare module 'svelte/elements' {
	interface HTMLLinkAttributes {
		blocking?: 'render' | null;
	}
}

export {};
