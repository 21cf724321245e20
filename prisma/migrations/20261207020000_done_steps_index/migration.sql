-- A department's done steps, newest decision first: the reviewer's "已办结"
-- list (listDepartmentTasksPage, view DONE). With only the index on
-- (departmentId, status, dueAt) PostgreSQL read and sorted every done step of
-- the department for each page: 16 ms of its CPU a request at 1,000,000
-- applications (docs/performance.md). Partial, as the board's indexes: Prisma's
-- schema cannot express it, so keep a generated DROP INDEX of it out of later
-- migrations.
CREATE INDEX "DepartmentTask_done_department_idx" ON "DepartmentTask" ("departmentId", "decidedAt" DESC, id DESC)
  WHERE status IN ('APPROVED', 'DENIED', 'CANCELLED');
