// Turbopack (Next 16.4.6) takes instrumentation.ts and proxy.ts from its root, which for
// this folder is the project's, two folders up: this file and proxy.js stand in for them,
// so that the bare page starts nothing and passes through no proxy.
export function register() {}
