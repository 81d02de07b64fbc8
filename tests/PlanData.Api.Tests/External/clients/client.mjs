#!/usr/bin/env node
// Uses the API the way a JavaScript application would, with the npm packages such applications use:
//   1. graphql-js: introspect the running server (getIntrospectionQuery), build the client-side
//      schema from the answer (buildClientSchema) and validate every trusted operation shipped
//      with the API against it (parse + validate), as a code generator or a linter would;
//   2. graphql-request: run a query with variables by POST and by GET and keep what it got.
// Prints one JSON summary line on stdout (RealClientTests asserts on it); on anything that stops
// the run, prints "real-client: ERROR ..." on stderr and exits 2.
//
// Usage: node client.mjs ENDPOINT_URL TRUSTED_OPERATIONS_FOLDER

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, getOperationAST, parse, validate } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';

function fail(message) {
  console.error(`real-client: ERROR ${message}`);
  process.exit(2);
}

const [endpoint, operationsFolder] = process.argv.slice(2);
if (!endpoint || !operationsFolder) fail('usage: node client.mjs ENDPOINT_URL TRUSTED_OPERATIONS_FOLDER');

// Checked first: without the operations there is nothing to validate, and saying so beats a
// half-empty summary.
let operationFiles;
try {
  if (!statSync(operationsFolder).isDirectory()) fail(`${operationsFolder} is not a folder`);
  operationFiles = readdirSync(operationsFolder).filter((f) => f.endsWith('.graphql')).sort();
} catch (e) {
  fail(`the trusted operations folder ${operationsFolder} cannot be read: ${e.message}`);
}
if (operationFiles.length === 0) fail(`no .graphql file in the trusted operations folder ${operationsFolder}`);

async function run(client, document, variables) {
  try {
    const { data, status, headers } = await client.rawRequest(document, variables);
    return { status, contentType: headers.get('content-type'), data, errors: null };
  } catch (e) {
    if (e instanceof ClientError) {
      // A GraphQL error answer carries errors; any other failed answer only its body.
      const { status, headers, data, errors, body } = e.response;
      return {
        status,
        contentType: headers?.get('content-type') ?? null,
        data: data ?? null,
        errors: errors ?? [{ message: `HTTP ${status}: ${String(body ?? e.message).slice(0, 500)}` }],
      };
    }
    fail(`request to ${endpoint} failed: ${e.message}${e.cause ? ` (${e.cause.code ?? e.cause.message})` : ''}`);
  }
}

const post = new GraphQLClient(endpoint);
const get = new GraphQLClient(endpoint, { method: 'GET' });

// 1. introspection -> client schema -> validation of each trusted operation
const introspection = await run(post, getIntrospectionQuery({ descriptions: true }));
if (introspection.errors || !introspection.data?.__schema) {
  fail(`introspection failed: HTTP ${introspection.status} ${JSON.stringify(introspection.errors).slice(0, 500)}`);
}
let schema;
try {
  schema = buildClientSchema(introspection.data);
} catch (e) {
  fail(`buildClientSchema refused the introspection result: ${e.message}`);
}

const operations = operationFiles.map((file) => {
  const text = readFileSync(path.join(operationsFolder, file), 'utf8');
  let document;
  try {
    document = parse(text);
  } catch (e) {
    return { file, names: [], errors: [e.message] };
  }
  const names = document.definitions.filter((d) => d.kind === 'OperationDefinition').map((d) => d.name?.value ?? null);
  const errors = validate(schema, document).map((e) => e.message);
  // A document the server can run by id alone must say which operation it is.
  if (!getOperationAST(document)) errors.push('the document does not hold exactly one operation');
  return { file, names, errors };
});

// 2. a real query, with variables, by POST and by GET
const planQuery = /* GraphQL */ `
  query PlanWithLeadAgencies($number: String!, $first: Int!) {
    plan(number: $number) {
      number
      title
      items(first: $first) {
        totalCount
        nodes { number code title leadAgency { name } }
      }
    }
  }
`;
const variables = { number: '04/KH-BCĐ', first: 20 };

console.log(
  JSON.stringify({
    schema: {
      queryType: schema.getQueryType()?.name ?? null,
      mutationType: schema.getMutationType()?.name ?? null,
      types: Object.keys(schema.getTypeMap()).filter((t) => !t.startsWith('__')).length,
    },
    operations,
    post: await run(post, planQuery, variables),
    get: await run(get, planQuery, variables),
  }),
);
