// node compose-check.mjs <plan-data GraphQL URL>
// Starts the DTI subgraph and a gateway composing it with the plan-data API, runs queries that span
// both through the gateway, stops both, and prints one JSON line: what the gateway answered.
import { loadScores, startDtiSubgraph } from './dti-subgraph.mjs';
import { startGateway } from './gateway.mjs';

const [planDataUrl] = process.argv.slice(2);
if (!planDataUrl) {
  console.error('usage: node compose-check.mjs <plan-data GraphQL URL>');
  process.exit(2);
}

const queries = {
  // The gateway asks the DTI subgraph for the ranking, then our API for the agencies (_entities).
  ranking: { query: '{ dtiRanking(year: 2024) { rank score agency { id name currentSuccessor { name } } } }' },
  // The gateway asks our API for the agency, then the DTI subgraph for its scores (_entities).
  agency: {
    query: 'query($code: String) { agency(code: $code) { id name dtiScores { year score rank } } }',
    variables: { code: 'quang-ngai/so-tttt' },
  },
};

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const running = [];
let exitCode = 0;
try {
  const dti = await startDtiSubgraph(await loadScores());
  running.push(dti);
  const gateway = await startGateway([
    { name: 'plandata', url: planDataUrl },
    { name: 'dti', url: dti.url },
  ]);
  running.push(gateway);

  const answers = {};
  for (const [name, body] of Object.entries(queries)) {
    answers[name] = await post(gateway.url, body);
  }
  console.log(JSON.stringify({ gateway: gateway.url, subgraphs: { plandata: planDataUrl, dti: dti.url }, answers }));
} catch (error) {
  console.error(error);
  console.log(JSON.stringify({ error: String(error?.stack ?? error) }));
  exitCode = 1;
} finally {
  for (const server of running.reverse()) {
    await server.stop().catch((error) => console.error(error));
  }
}

process.exit(exitCode);
