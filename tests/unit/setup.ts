// jsdom has no ResizeObserver, which LayerCake's container (bind:clientWidth) uses when mounted.
// Components under test are laid out at their given width, as on the server.
class NoResizeObserver {
	observe() {}
	unobserve() {}
	disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
