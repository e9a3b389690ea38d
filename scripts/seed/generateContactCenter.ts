import { createRandom } from 'c/seededRandom';
import { generateDisputes } from './disputes';
import { generateHistory } from './history';
import { generateInteractions } from './interactions';
import { generatePeople } from './people';
import { generateScorecards } from './scorecards';
import type { ContactCenter, SeedOptions } from './seedModel';

/** The whole seeded center from its options alone: the same options give the same records. */
export function generateContactCenter(options: SeedOptions): ContactCenter {
    // One stream per part, so growing one part (more agents) does not reshuffle the others' draws.
    const people = generatePeople(options, createRandom(`${options.seed}:people`));
    const scorecards = generateScorecards(options.seed);
    const interactions = generateInteractions(options, people, createRandom(`${options.seed}:interactions`));
    const history = generateHistory(options, people, scorecards, interactions, createRandom(`${options.seed}:history`));
    const disputes = generateDisputes(
        options,
        people,
        scorecards,
        interactions,
        history.assessments,
        createRandom(`${options.seed}:disputes`)
    );
    return { options, people, scorecards, interactions, ...history, disputes };
}
