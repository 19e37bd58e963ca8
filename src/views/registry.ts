import { compareView } from './compare';
import { drilldownView } from './drilldown';
import { executionView } from './execution';
import { findingsView } from './findings';
import { inflationView } from './inflation';
import { overviewView } from './overview';
import { recordsView } from './records';
import { sqlView } from './sql';
import { targetsView } from './targets';
import type { ViewDefinition } from './view';

/**
 * Every view of the dashboard, in navigation order. A view is added here and
 * nowhere else; `placement: 'overlay'` views (the drill-down) are not tabs.
 */
export const VIEWS: readonly ViewDefinition[] = [
  overviewView,
  executionView,
  inflationView,
  targetsView,
  compareView,
  recordsView,
  sqlView,
  findingsView,
  drilldownView,
];
