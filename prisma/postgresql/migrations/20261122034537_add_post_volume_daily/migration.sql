-- CreateTable
CREATE TABLE "PostVolumeDaily" (
    "campaignId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "language" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "posts" INTEGER NOT NULL,
    "syntheticPosts" INTEGER NOT NULL,

    CONSTRAINT "PostVolumeDaily_pkey" PRIMARY KEY ("campaignId","platform","language","day")
);

-- CreateIndex
CREATE INDEX "PostVolumeDaily_day_idx" ON "PostVolumeDaily"("day");

-- Rollup maintenance, written by hand. "postedAt" holds UTC wall time (TIMESTAMP without
-- time zone), so date_trunc('day') is the UTC day whatever the session time zone.
-- Row triggers also fire for posts removed by a campaign's ON DELETE CASCADE.
CREATE FUNCTION "post_volume_daily_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
        UPDATE "PostVolumeDaily"
        SET "posts" = "posts" - 1, "syntheticPosts" = "syntheticPosts" - (CASE WHEN OLD."synthetic" THEN 1 ELSE 0 END)
        WHERE "campaignId" = OLD."campaignId" AND "platform" = OLD."platform" AND "language" = COALESCE(OLD."language", '')
          AND "day" = date_trunc('day', OLD."postedAt");
        DELETE FROM "PostVolumeDaily"
        WHERE "campaignId" = OLD."campaignId" AND "platform" = OLD."platform" AND "language" = COALESCE(OLD."language", '')
          AND "day" = date_trunc('day', OLD."postedAt") AND "posts" <= 0;
    END IF;
    IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
        INSERT INTO "PostVolumeDaily" ("campaignId", "platform", "language", "day", "posts", "syntheticPosts")
        VALUES (NEW."campaignId", NEW."platform", COALESCE(NEW."language", ''), date_trunc('day', NEW."postedAt"), 1, CASE WHEN NEW."synthetic" THEN 1 ELSE 0 END)
        ON CONFLICT ("campaignId", "platform", "language", "day") DO UPDATE
        SET "posts" = "PostVolumeDaily"."posts" + 1, "syntheticPosts" = "PostVolumeDaily"."syntheticPosts" + EXCLUDED."syntheticPosts";
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Post_volume_daily_after_insert_delete" AFTER INSERT OR DELETE ON "Post"
FOR EACH ROW EXECUTE FUNCTION "post_volume_daily_apply"();

CREATE TRIGGER "Post_volume_daily_after_update" AFTER UPDATE OF "campaignId", "platform", "language", "postedAt", "synthetic" ON "Post"
FOR EACH ROW EXECUTE FUNCTION "post_volume_daily_apply"();

-- Backfill from the posts already there.
INSERT INTO "PostVolumeDaily" ("campaignId", "platform", "language", "day", "posts", "syntheticPosts")
SELECT "campaignId", "platform", COALESCE("language", ''), date_trunc('day', "postedAt"), COUNT(*), SUM(CASE WHEN "synthetic" THEN 1 ELSE 0 END)
FROM "Post"
GROUP BY "campaignId", "platform", COALESCE("language", ''), date_trunc('day', "postedAt");
