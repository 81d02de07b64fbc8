// A second subgraph for the test: DTI scores (Chỉ số chuyển đổi số) by agency, keyed by the API's global IDs.
import { readFile } from 'node:fs/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  "An agency of the plan-data API, by its global ID."
  type Agency @key(fields: "id") {
    id: ID!
    "Its DTI scores, oldest year first."
    dtiScores: [DtiScore!]!
  }

  "One agency's digital transformation index (Chỉ số chuyển đổi số) in one year."
  type DtiScore {
    year: Int!
    score: Float!
    rank: Int!
    agency: Agency!
  }

  type Query {
    "The year's scores, best rank first."
    dtiRanking(year: Int!): [DtiScore!]!
  }
`);

/** The API's global ID of an agency: base64("Agency:" + code), as its node IDs are made. */
export const agencyId = (code) => Buffer.from(`Agency:${code}`, 'utf8').toString('base64');

export async function loadScores(file = new URL('./dti-scores.json', import.meta.url)) {
  const { scores } = JSON.parse(await readFile(file, 'utf8'));
  return scores.map((s) => ({ ...s, agencyId: agencyId(s.agency) }));
}

export async function startDtiSubgraph(scores) {
  const toScore = (s) => ({ year: s.year, score: s.score, rank: s.rank, agency: { id: s.agencyId } });
  const resolvers = {
    Query: {
      dtiRanking: (_, { year }) => scores.filter((s) => s.year === year).sort((a, b) => a.rank - b.rank).map(toScore),
    },
    Agency: {
      __resolveReference: ({ id }) => ({ id }),
      dtiScores: ({ id }) => scores.filter((s) => s.agencyId === id).sort((a, b) => a.year - b.year).map(toScore),
    },
  };
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs, resolvers }),
    // Traces are for Apollo's cloud, which this test never reaches.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, stop: () => server.stop() };
}
