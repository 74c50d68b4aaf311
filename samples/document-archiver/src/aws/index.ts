export { s3 } from './clients.js';
export * from './publish.js';
