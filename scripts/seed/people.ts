import type { RandomSource } from 'c/seededRandom';
import type { SeedOptions, SeedPerson } from './seedModel';

/** Agents in teams with a site and tenure, a supervisor per team, evaluators of differing severity, a QA manager. */
const FIRST_NAMES = [
    'Maria',
    'James',
    'Aisha',
    'Tom',
    'Priya',
    'Lucas',
    'Chloe',
    'Daniel',
    'Fatima',
    'Owen',
    'Grace',
    'Mateo',
    'Hannah',
    'Kwame',
    'Sofia',
    'Ryan',
    'Yuki',
    'Ben',
    'Leila',
    'Noah',
    'Isla',
    'Omar',
    'Emma',
    'Jack'
];
const LAST_NAMES = [
    'Lopez',
    'Smith',
    'Khan',
    'Brown',
    'Patel',
    'Silva',
    'Walsh',
    'Okafor',
    'Nguyen',
    'Evans',
    'Murphy',
    'Rossi',
    'Kowalski',
    'Mensah',
    'Garcia',
    'Hughes',
    'Tanaka',
    'Clarke',
    'Haddad',
    'Jensen'
];
const SITES = ['Manchester', 'Cape Town', 'Manila'];

function person(index: number, role: SeedPerson['role'], seed: string, random: RandomSource): SeedPerson {
    const firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
    const lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    const tag = `${role.slice(0, 3)}${String(index).padStart(3, '0')}`;
    return {
        username: `${firstName}.${lastName}.${tag}@seed-${seed}.verity.local`.toLowerCase(),
        firstName,
        lastName,
        alias: tag,
        role
    };
}

/** A draw from N(mean, sd) by Box–Muller; enough for spreading skill and severity. */
export function normalDraw(random: RandomSource, mean: number, sd: number): number {
    const u = 1 - random.nextFloat();
    const v = random.nextFloat();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function generatePeople(options: SeedOptions, random: RandomSource): SeedPerson[] {
    const people: SeedPerson[] = [];
    const manager = person(1, 'qaManager', options.seed, random);
    people.push(manager);
    const supervisors = Array.from({ length: options.teams }, (_, t) => {
        const supervisor = person(t + 1, 'supervisor', options.seed, random);
        supervisor.team = `Team ${String.fromCharCode(65 + (t % 26))}${t >= 26 ? Math.floor(t / 26) : ''}`;
        supervisor.site = SITES[t % SITES.length];
        supervisor.managerUsername = manager.username;
        return supervisor;
    });
    people.push(...supervisors);
    for (let a = 0; a < options.agents; a += 1) {
        const agent = person(a + 1, 'agent', options.seed, random);
        const supervisor = supervisors[a % supervisors.length];
        agent.team = supervisor.team;
        agent.site = supervisor.site;
        agent.managerUsername = supervisor.username;
        // Tenure is skewed short, as in real centers with high attrition; skill grows with it.
        agent.tenureMonths = 1 + Math.floor(-Math.log(1 - random.nextFloat()) * 14);
        const tenureLift = Math.min(agent.tenureMonths, 24) / 24;
        agent.skill = Math.min(0.98, Math.max(0.25, normalDraw(random, 0.62 + 0.18 * tenureLift, 0.1)));
        people.push(agent);
    }
    for (let e = 0; e < options.evaluators; e += 1) {
        const evaluator = person(e + 1, 'evaluator', options.seed, random);
        evaluator.managerUsername = manager.username;
        // From severe to lenient across the pool, so calibration has something to find.
        const spread = options.evaluators === 1 ? 0 : e / (options.evaluators - 1) - 0.5;
        evaluator.severity = Math.round((spread * 16 + normalDraw(random, 0, 1.5)) * 10) / 10;
        people.push(evaluator);
    }
    return people;
}
