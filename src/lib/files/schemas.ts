import { z } from 'zod';

const id = z.string().trim().min(1).max(64);

/** The materials of the online form whose earlier documents are asked for. */
export const materialLibrarySchema = z.object({ requirementIds: z.array(id).max(100) });

/** One earlier document chosen for one material of the form. */
export const pickLibraryFileSchema = z.object({ materialId: id, sourceFileId: id });
