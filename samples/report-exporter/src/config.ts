export const INVOICES_TABLE = process.env.INVOICES_TABLE ?? 'invoices';
export const EXPORT_BUCKET = process.env.EXPORT_BUCKET ?? 'report-exports-dev';
export const EXPORT_PREFIX = 'exports';
export const REPORT_READY_TOPIC_ARN = process.env.REPORT_READY_TOPIC_ARN!;
export const PDF_RENDERER_FUNCTION = process.env.PDF_RENDERER_FUNCTION ?? 'pdf-renderer';
export const PDF_RENDERER_ALIAS = 'live';
export const LINK_TTL_SECONDS = 7 * 24 * 3600;
