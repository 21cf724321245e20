// One JSON file per area of the portal; add a file and a line here for a new area.
import cases from './cases.json';
import common from './common.json';
import publicPages from './public.json';
import staff from './staff.json';

export default { ...common, ...publicPages, ...cases, ...staff };
