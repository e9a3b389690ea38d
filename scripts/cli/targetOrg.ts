import { Option } from 'commander';

/**
 * `--target-org ALIAS|USERNAME` for the commands that work on an org: an org the Salesforce CLI
 * has authorized (`sf org login …`), named as `sf` commands name it, with `SF_TARGET_ORG` as the
 * default the way `sf` reads it. Without either, the jobs use the local org.
 */
export function targetOrgOption(): Option {
    return new Option(
        '-o, --target-org <aliasOrUsername>',
        'an org authorized with the Salesforce CLI (default: the local org)'
    ).env('SF_TARGET_ORG');
}
