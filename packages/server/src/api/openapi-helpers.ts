/** Small builders for the OpenAPI document's JSON (openapi-document.ts and the route groups' own parts). */

/** A `$ref` to a schema under `components/schemas`. */
export const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

/** A JSON response or request body `content`. */
export const json = (schema: object): object => ({ 'application/json': { schema } });

/** A problem+json response with `description`. */
export const problem = (description: string): object => ({
  description,
  content: { 'application/problem+json': { schema: ref('ClusterProblem') } },
});
