// The analyzer names services and operations only through the action-map index.
export { canonicalOperationName, clientIdFor } from '../maps/service-names.js';
