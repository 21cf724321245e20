// One JSON file per area of the portal; add a file and a line here for a new area.
import activation from './activation.json';
import apiKeys from './api-keys.json';
import applicantSide from './applicant-side.json';
import cases from './cases.json';
import catalogAdmin from './catalog-admin.json';
import catalogPublic from './catalog-public.json';
import common from './common.json';
import caseSearch from './case-search.json';
import hallOpening from './hall-opening.json';
import intake from './intake.json';
import intakeQueue from './intake-queue.json';
import itemFields from './item-fields.json';
import notifications from './notifications.json';
import publicPages from './public.json';
import results from './results.json';
import routing from './routing.json';
import staff from './staff.json';
import succession from './succession.json';
import oversight from './oversight.json';
import supervision from './supervision.json';
import uploads from './uploads.json';
import windowCorrection from './window-correction.json';
import bundles from './bundles.json';
import auditWords from './audit-words.json';
import notifyText from './notify-text.json';
import searchExplain from './search-explain.json';
import bundleFlow from './bundle-flow.json';
import errorSummary from './error-summary.json';
import taskPage from './task-page.json';
import resultDelivery from './result-delivery.json';
import interop from './interop.json';

const messages = {
  ...activation,
  ...applicantSide,
  ...catalogAdmin,
  ...catalogPublic,
  ...common,
  ...intake,
  ...intakeQueue,
  ...publicPages,
  ...cases,
  ...staff,
  ...succession,
  ...supervision,
  ...oversight,
  ...routing,
  ...results,
  ...uploads,
  ...windowCorrection,
  ...notifications,
  ...itemFields,
  ...bundles,
  ...apiKeys,
  ...hallOpening,
  ...caseSearch,
  ...auditWords,
  ...notifyText,
  ...searchExplain,
  ...bundleFlow,
  ...errorSummary,
  ...taskPage,
  ...resultDelivery,
  ...interop,
};
export default messages;
