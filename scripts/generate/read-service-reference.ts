// Reads the Service Authorization Reference snapshot (servicereference/<prefix>/<prefix>.json, schema
// v1.x, https://docs.aws.amazon.com/service-authorization/latest/reference/service-reference.html):
// the actions and resource types of every IAM prefix, and its Operations joined to boto3 methods.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface AuthorizedAction {
  service: string;
  name: string;
  /** Only iam:PassRole carries one in the snapshot: {"iam:PassedToService": [...]}. */
  context?: Record<string, string[]>;
}

export interface SrOperation {
  /** Canonical PascalCase API name ("ListObjectsV2"). */
  name: string;
  /** The prefix file the operation was listed in. */
  prefix: string;
  authorizedActions: AuthorizedAction[];
}

export interface SrService {
  prefix: string;
  /** Relative path of the input file, for MANIFEST.json. */
  file: string;
  /** Lower-cased action name -> { exact name, resource type names }. IAM action names are case-insensitive. */
  actions: Map<string, { name: string; resources: string[] }>;
  /** Resource type name -> ARN formats. */
  resourceTypes: Map<string, string[]>;
}

export interface ServiceReference {
  services: Map<string, SrService>;
  /** boto3 service name -> its operations, keyed by canonical name. */
  operationsByBoto3: Map<string, Map<string, SrOperation>>;
}

interface RawFile {
  Name: string;
  Actions?: Array<{ Name: string; Resources?: Array<{ Name: string }> }>;
  Resources?: Array<{ Name: string; ARNFormats?: string[] }>;
  Operations?: Array<{
    Name: string;
    AuthorizedActions?: Array<{ Name: string; Service: string; Context?: Record<string, string[]> }>;
    SDK?: Array<{ Name: string; Method: string; Package: string }>;
  }>;
}

export function readServiceReference(dataDir: string): ServiceReference {
  const root = path.join(dataDir, 'servicereference');
  const services = new Map<string, SrService>();
  const operationsByBoto3 = new Map<string, Map<string, SrOperation>>();
  // Only the <prefix>/<prefix>.json folders; the mirror's own folders (.github) start with a dot.
  for (const prefix of readdirSync(root).filter((name) => !name.startsWith('.')).sort()) {
    const file = path.posix.join('servicereference', prefix, `${prefix}.json`);
    const raw = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as RawFile;
    const actions = new Map<string, { name: string; resources: string[] }>();
    for (const action of raw.Actions ?? []) {
      actions.set(action.Name.toLowerCase(), { name: action.Name, resources: (action.Resources ?? []).map((r) => r.Name) });
    }
    const resourceTypes = new Map<string, string[]>();
    for (const resource of raw.Resources ?? []) resourceTypes.set(resource.Name, resource.ARNFormats ?? []);
    services.set(raw.Name, { prefix: raw.Name, file, actions, resourceTypes });
    for (const op of raw.Operations ?? []) {
      const operation: SrOperation = {
        name: op.Name,
        prefix: raw.Name,
        authorizedActions: (op.AuthorizedActions ?? []).map((a) => ({
          service: a.Service,
          name: a.Name,
          ...(a.Context ? { context: a.Context } : {}),
        })),
      };
      // The Package is always Boto3 in the snapshot; Name is the boto3 service name, Method snake_case.
      for (const sdk of op.SDK ?? []) {
        if (sdk.Package !== 'Boto3') continue;
        let ops = operationsByBoto3.get(sdk.Name);
        if (!ops) operationsByBoto3.set(sdk.Name, (ops = new Map()));
        ops.set(op.Name, operation);
      }
    }
  }
  return { services, operationsByBoto3 };
}

/** The exact name of `prefix:action` in the reference, or undefined when no such action exists. */
export function findAction(sr: ServiceReference, prefix: string, action: string): string | undefined {
  return sr.services.get(prefix)?.actions.get(action.toLowerCase())?.name;
}
