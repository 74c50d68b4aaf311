import type { ts } from 'ts-morph';

/** An argument as written at a call site, read in the context of the caller. */
export interface Arg {
  expr: ts.Expression;
  ctx: CallContext;
}

/**
 * What the parameters and `this` of one function body are bound to on one path of calls. The shared
 * EMPTY context (no bindings) is used wherever a call passes nothing the analysis cares about, so
 * that most functions are summarised once per run.
 */
export interface CallContext {
  id: string;
  depth: number;
  params: ReadonlyMap<ts.ParameterDeclaration, Arg>;
  thisValue?: SdkValue;
  /** The context of the function this one is nested in (closures read its parameters). */
  lexicalParent?: CallContext;
}

export const EMPTY_CONTEXT: CallContext = { id: '', depth: 0, params: new Map() };

/** A function body that can run: a function, a method, a class's construction, or a file's top level. */
export type Body = ts.SignatureDeclaration | ts.ClassLikeDeclaration | ts.SourceFile;

export interface ClientValue {
  kind: 'client';
  /** Action-map client id ("s3", "lib-dynamodb"), or undefined when the package is not known. */
  clientId: string | undefined;
  /** How operations are called: `send(new XCommand())` or methods (`s3.getObject()`, v2). */
  style: 'command' | 'aggregated' | 'v2';
  /** The client's construction options, for `region` and `endpoint`. */
  config?: Arg;
  /** Where the client's package was named, for findings. */
  packageName: string;
}

export interface CommandValue {
  kind: 'command';
  clientId: string | undefined;
  /** The command class name ("PutObjectCommand"). */
  name: string;
  packageName: string;
  input?: Arg;
}

export type SdkValue =
  /** A namespace of an AWS package (`import * as s3`, `require('aws-sdk')`, `await import(...)`). */
  | { kind: 'aws-module'; module: string }
  /** A named export of an AWS package, possibly nested (`AWS.DynamoDB.DocumentClient`). */
  | { kind: 'aws-export'; module: string; path: readonly string[] }
  | ClientValue
  | CommandValue
  /** An object made by an AWS helper library (`new Upload(...)`, `new SSMProvider()`, `new Signer()`). */
  | { kind: 'aws-object'; module: string; name: string; args: readonly Arg[]; site: ts.Node }
  /** An instance of a class of the user's code; `construction` is known when made by a visible `new`. */
  | { kind: 'instance'; classDecl: ts.ClassLikeDeclaration; construction?: { site: ts.NewExpression; args: readonly Arg[] } }
  | { kind: 'function'; decl: ts.SignatureDeclaration; ctx?: CallContext }
  | { kind: 'class'; decl: ts.ClassLikeDeclaration }
  | { kind: 'local-module'; file: ts.SourceFile }
  | { kind: 'object'; literal: ts.ObjectLiteralExpression; ctx: CallContext }
  /** A parameter nothing is known about (the function was reached without a binding for it). */
  | { kind: 'parameter'; decl: ts.ParameterDeclaration }
  /** An operation method of a client taken as a value, to be called later (`s3.getObject.bind(s3)`, `promisify(...)`). */
  | { kind: 'sdk-method'; client: ClientValue; method: string; operation: string };
