// The bare page every page of ours is measured against (bench/server.ts): the project's own
// Next.js, built and served beside it in the same run.
const config = {};
export default config;
