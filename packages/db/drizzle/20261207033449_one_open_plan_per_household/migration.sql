-- "One household, one plan": at most one plan in intake or active per household, kept by the
-- database so that openings sent at the same moment cannot both succeed.
CREATE UNIQUE INDEX "plans_one_open_plan_per_household" ON "plans" ("municipality_id","household_id") WHERE "status" in ('intake', 'active');