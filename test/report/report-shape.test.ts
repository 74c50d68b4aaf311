import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isReportFormat, renderers } from '../../src/report/index.js';
import { emptyFunction, orderFunction, resultOf } from './sample-results.js';

describe('what json and yaml print', () => {
  it('prints the bare policy document for one function', () => {
    expect(JSON.parse(renderers.json(resultOf([emptyFunction])))).toEqual({ Version: '2012-10-17', Statement: [] });
  });

  it('prints name, entry and policy of each function for several', () => {
    expect(JSON.parse(renderers.json(resultOf([orderFunction, emptyFunction])))).toEqual({
      functions: [
        { name: 'order-api', entry: 'functions/order/index.ts', policy: orderFunction.policy },
        { name: 'health', entry: 'functions/health/index.ts', policy: emptyFunction.policy },
      ],
    });
  });

  it('prints an empty function list when there is no function', () => {
    expect(renderers.json(resultOf([]))).toBe('{\n  "functions": []\n}\n');
  });

  it('prints the whole versioned result with explain, ready to render again', () => {
    const printed = JSON.parse(renderers.json(resultOf([emptyFunction]), { explain: true }));
    expect(printed).toEqual(resultOf([emptyFunction]));
    expect(renderers.markdown(printed)).toBe(renderers.markdown(resultOf([emptyFunction])));
  });

  it.each([[false], [true]])('yaml holds the same value as json (explain: %s)', (explain) => {
    const result = resultOf([orderFunction, emptyFunction]);
    expect(parse(renderers.yaml(result, { explain }))).toEqual(JSON.parse(renderers.json(result, { explain })));
  });
});

describe('renderers', () => {
  it('lists every format by name', () => {
    expect(Object.keys(renderers)).toEqual(['json', 'yaml', 'markdown', 'text', 'sam', 'cloudformation', 'serverless', 'cdk', 'terraform']);
    expect(isReportFormat('markdown')).toBe(true);
    expect(isReportFormat('toString')).toBe(false);
  });
});
