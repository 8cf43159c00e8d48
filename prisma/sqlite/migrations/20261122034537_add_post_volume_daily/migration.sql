-- CreateTable
CREATE TABLE "PostVolumeDaily" (
    "campaignId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "posts" INTEGER NOT NULL,
    "syntheticPosts" INTEGER NOT NULL,

    PRIMARY KEY ("campaignId", "platform", "language", "day")
);

-- CreateIndex
CREATE INDEX "PostVolumeDaily_day_idx" ON "PostVolumeDaily"("day");

-- Rollup maintenance, written by hand. "day" is stored as Prisma stores a DateTime
-- (ISO text with "+00:00"), so Prisma and range filters read it like any other date.
-- Triggers also fire for posts removed by a campaign's ON DELETE CASCADE.
CREATE TRIGGER "Post_volume_daily_after_insert" AFTER INSERT ON "Post"
BEGIN
    INSERT INTO "PostVolumeDaily" ("campaignId", "platform", "language", "day", "posts", "syntheticPosts")
    VALUES (NEW."campaignId", NEW."platform", COALESCE(NEW."language", ''), strftime('%Y-%m-%dT00:00:00.000+00:00', NEW."postedAt"), 1, CASE WHEN NEW."synthetic" THEN 1 ELSE 0 END)
    ON CONFLICT ("campaignId", "platform", "language", "day") DO UPDATE
    SET "posts" = "posts" + 1, "syntheticPosts" = "syntheticPosts" + excluded."syntheticPosts";
END;

CREATE TRIGGER "Post_volume_daily_after_delete" AFTER DELETE ON "Post"
BEGIN
    UPDATE "PostVolumeDaily"
    SET "posts" = "posts" - 1, "syntheticPosts" = "syntheticPosts" - (CASE WHEN OLD."synthetic" THEN 1 ELSE 0 END)
    WHERE "campaignId" = OLD."campaignId" AND "platform" = OLD."platform" AND "language" = COALESCE(OLD."language", '')
      AND "day" = strftime('%Y-%m-%dT00:00:00.000+00:00', OLD."postedAt");
    DELETE FROM "PostVolumeDaily"
    WHERE "campaignId" = OLD."campaignId" AND "platform" = OLD."platform" AND "language" = COALESCE(OLD."language", '')
      AND "day" = strftime('%Y-%m-%dT00:00:00.000+00:00', OLD."postedAt") AND "posts" <= 0;
END;

CREATE TRIGGER "Post_volume_daily_after_update" AFTER UPDATE OF "campaignId", "platform", "language", "postedAt", "synthetic" ON "Post"
BEGIN
    UPDATE "PostVolumeDaily"
    SET "posts" = "posts" - 1, "syntheticPosts" = "syntheticPosts" - (CASE WHEN OLD."synthetic" THEN 1 ELSE 0 END)
    WHERE "campaignId" = OLD."campaignId" AND "platform" = OLD."platform" AND "language" = COALESCE(OLD."language", '')
      AND "day" = strftime('%Y-%m-%dT00:00:00.000+00:00', OLD."postedAt");
    DELETE FROM "PostVolumeDaily"
    WHERE "campaignId" = OLD."campaignId" AND "platform" = OLD."platform" AND "language" = COALESCE(OLD."language", '')
      AND "day" = strftime('%Y-%m-%dT00:00:00.000+00:00', OLD."postedAt") AND "posts" <= 0;
    INSERT INTO "PostVolumeDaily" ("campaignId", "platform", "language", "day", "posts", "syntheticPosts")
    VALUES (NEW."campaignId", NEW."platform", COALESCE(NEW."language", ''), strftime('%Y-%m-%dT00:00:00.000+00:00', NEW."postedAt"), 1, CASE WHEN NEW."synthetic" THEN 1 ELSE 0 END)
    ON CONFLICT ("campaignId", "platform", "language", "day") DO UPDATE
    SET "posts" = "posts" + 1, "syntheticPosts" = "syntheticPosts" + excluded."syntheticPosts";
END;

-- Backfill from the posts already there.
INSERT INTO "PostVolumeDaily" ("campaignId", "platform", "language", "day", "posts", "syntheticPosts")
SELECT "campaignId", "platform", COALESCE("language", ''), strftime('%Y-%m-%dT00:00:00.000+00:00', "postedAt"), COUNT(*), SUM(CASE WHEN "synthetic" THEN 1 ELSE 0 END)
FROM "Post"
GROUP BY "campaignId", "platform", COALESCE("language", ''), strftime('%Y-%m-%dT00:00:00.000+00:00', "postedAt");
