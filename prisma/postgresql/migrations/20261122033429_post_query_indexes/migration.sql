-- CreateIndex
CREATE INDEX "Post_campaignId_accountId_idx" ON "Post"("campaignId", "accountId");

-- CreateIndex
CREATE INDEX "Post_campaignId_synthetic_idx" ON "Post"("campaignId", "synthetic");

-- CreateIndex
CREATE INDEX "Post_language_idx" ON "Post"("language");
