// See instrumentation.js: it matches no address, so the bare page runs no proxy.
export default function proxy() {}
export const config = { matcher: ['/no-address-is-proxied'] };
