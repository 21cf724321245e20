/** Administrative Licensing Law art. 32: intake answers within 5 working days (受理期限). */
export const INTAKE_LIMIT_DAYS = 5;
