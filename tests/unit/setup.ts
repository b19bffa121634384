// jsdom has no ResizeObserver, which Svelte's bind:clientWidth uses. Components under test are laid
// out at their default width, as on the server; the observer never reports a size.
class NoResizeObserver {
	observe() {}
	unobserve() {}
	disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
