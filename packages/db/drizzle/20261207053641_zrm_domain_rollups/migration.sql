CREATE TABLE "zrm_domain_rollups" (
	"municipality_id" text,
	"period" text,
	"life_domain" text,
	"change_sum" integer NOT NULL,
	"n" integer NOT NULL,
	"improved" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"worsened" integer NOT NULL,
	CONSTRAINT "zrm_domain_rollups_pkey" PRIMARY KEY("municipality_id","period","life_domain"),
	CONSTRAINT "zrm_domain_rollups_trajectories_add_up" CHECK ("improved" + "unchanged" + "worsened" = "n")
);
--> statement-breakpoint
ALTER TABLE "zrm_domain_rollups" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "zrm_domain_rollups_tenant_isolation" ON "zrm_domain_rollups" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("zrm_domain_rollups"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("zrm_domain_rollups"."municipality_id" = current_setting('wijknet.municipality_id', true));