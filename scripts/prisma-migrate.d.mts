export const PRISMA_MIGRATE_CLI: string;
export const PRISMA_MIGRATE_CONFIG: string;
export function prismaMigrateArgs(args: string[]): string[];
export function withDatasourceUrl(schema: string): string;
