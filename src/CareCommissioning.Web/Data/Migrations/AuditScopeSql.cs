namespace CareCommissioning.Web.Data.Migrations;

/// <summary>
/// The SQL of migration AuditScopeAndAppendOnly for either database (decision 0018): fill in whose each existing audit
/// row is, record the head of the chain, then make the audit table append-only. Kept as it was when the migration was
/// written; a later change needs a migration of its own.
/// </summary>
internal static class AuditScopeSql
{
    // Record types that carry their organisation: the audit row's EntityId is the record's Id. A supplier's categories
    // are audited under the supplier's id.
    private static readonly (string Type, string Table)[] Owned =
    [
        ("Organisation", "Organisations"),
        ("Appraisal", "Appraisals"),
        ("Risk", "Risks"),
        ("Stakeholder", "Stakeholders"),
        ("ServiceLine", "ServiceLines"),
        ("BudgetHead", "BudgetHeads"),
        ("BudgetProposal", "BudgetProposals"),
        ("FundingOpportunity", "FundingOpportunities"),
        ("OtherResource", "OtherResources"),
        ("Virement", "Virements"),
        ("PurchaseRequest", "PurchaseRequests"),
        ("PurchaseOrder", "PurchaseOrders"),
        ("PurchasingRuleSet", "PurchasingRuleSets"),
        ("ProcessChangeProposal", "ProcessChangeProposals"),
        ("Supplier", "Suppliers"),
        ("SupplierCategory", "Suppliers"),
        ("Notice", "Notices"),
        ("Membership", "Memberships"),
    ];

    // Parts of another record: their organisation is their parent's.
    private static readonly (string Type, string Table, string ParentKey, string Parent)[] Parts =
    [
        ("PurchaseAdvice", "PurchaseAdvice", "PurchaseRequestId", "PurchaseRequests"),
        ("PurchaseQuote", "PurchaseQuotes", "PurchaseRequestId", "PurchaseRequests"),
        ("PurchaseEvaluation", "PurchaseEvaluations", "PurchaseRequestId", "PurchaseRequests"),
        ("ProcessChangeComment", "ProcessChangeComment", "ProposalId", "ProcessChangeProposals"),
        ("QualityCredential", "QualityCredentials", "SupplierId", "Suppliers"),
        ("PreferredSupplierApproval", "PreferredSupplierApprovals", "SupplierId", "Suppliers"),
        ("AppraisalQuestion", "AppraisalQuestions", "AppraisalId", "Appraisals"),
        ("Contribution", "Contributions", "AppraisalId", "Appraisals"),
        ("BudgetAllocation", "BudgetAllocations", "BudgetHeadId", "BudgetHeads"),
        ("DemandFigure", "DemandFigures", "ServiceLineId", "ServiceLines"),
    ];

    public static IEnumerable<string> Backfill(bool postgres)
    {
        // SQLite keeps a Guid as upper-case text, the audit key is lower case; PostgreSQL keeps a uuid.
        var id = postgres ? "t.\"Id\"::text = e.\"EntityId\"" : "t.\"Id\" = upper(e.\"EntityId\")";
        var organisation = (string type) => type == "Organisation" ? "t.\"Id\"" : "t.\"OrganisationId\"";
        foreach (var (type, table) in Owned)
            yield return $"""
                UPDATE "AuditEntries" AS e SET "OrganisationId" = {organisation(type)}
                FROM "{table}" AS t
                WHERE e."EntityType" = '{type}' AND {id}
                """;
        foreach (var (type, table, parentKey, parent) in Parts)
            yield return $"""
                UPDATE "AuditEntries" AS e SET "OrganisationId" = p."OrganisationId"
                FROM "{table}" AS t JOIN "{parent}" AS p ON p."Id" = t."{parentKey}"
                WHERE e."EntityType" = '{type}' AND {id}
                """;
        yield return """
            UPDATE "AuditEntries" SET "AccountId" = "EntityId" WHERE "EntityType" = 'ApplicationUser'
            """;
        yield return $"""
            UPDATE "AuditEntries" AS e SET "AccountId" = t."UserId"
            FROM "ApiTokens" AS t WHERE e."EntityType" = 'ApiToken' AND {id}
            """;
        // A record deleted since: its other rows (written while it existed) may name the organisation.
        // PostgreSQL has no MAX over uuid; any one of the (equal) organisations will do.
        var any = postgres ? "(array_agg(\"OrganisationId\"))[1]" : "MAX(\"OrganisationId\")";
        yield return $"""
            UPDATE "AuditEntries" AS e SET "OrganisationId" = k."OrganisationId"
            FROM (SELECT "EntityType", "EntityId", {any} AS "OrganisationId" FROM "AuditEntries"
                  WHERE "OrganisationId" IS NOT NULL GROUP BY "EntityType", "EntityId") AS k
            WHERE e."OrganisationId" IS NULL AND e."AccountId" IS NULL
              AND k."EntityType" = e."EntityType" AND k."EntityId" = e."EntityId"
            """;
        yield return """
            INSERT INTO "AuditHeads" ("Id", "Sequence", "Hash")
            SELECT 1, "Sequence", "Hash" FROM "AuditEntries" ORDER BY "Sequence" DESC LIMIT 1
            """;
    }

    public const string SqliteAppendOnly = """
        CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: its entries cannot be changed'); END;
        CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: its entries cannot be removed'); END;
        CREATE TRIGGER "AuditHeads_NoDelete" BEFORE DELETE ON "AuditHeads"
        BEGIN SELECT RAISE(ABORT, 'The head of the audit trail cannot be removed'); END;
        CREATE TRIGGER "AuditHeads_OnlyForward" BEFORE UPDATE ON "AuditHeads"
        WHEN NEW."Sequence" <= OLD."Sequence" OR NEW."Id" <> OLD."Id"
        BEGIN SELECT RAISE(ABORT, 'The head of the audit trail only moves forward'); END;
        """;

    public const string SqliteDropAppendOnly = """
        DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate";
        DROP TRIGGER IF EXISTS "AuditEntries_NoDelete";
        DROP TRIGGER IF EXISTS "AuditHeads_NoDelete";
        DROP TRIGGER IF EXISTS "AuditHeads_OnlyForward";
        """;

    public const string PostgresAppendOnly = """
        CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'The audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME;
        END $$;
        CREATE FUNCTION audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW."Sequence" <= OLD."Sequence" OR NEW."Id" <> OLD."Id" THEN
                RAISE EXCEPTION 'The head of the audit trail only moves forward';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER "AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries"
            FOR EACH ROW EXECUTE FUNCTION audit_append_only();
        CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
        CREATE TRIGGER "AuditHeads_NoDelete" BEFORE DELETE ON "AuditHeads"
            FOR EACH ROW EXECUTE FUNCTION audit_append_only();
        CREATE TRIGGER "AuditHeads_NoTruncate" BEFORE TRUNCATE ON "AuditHeads"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
        CREATE TRIGGER "AuditHeads_OnlyForward" BEFORE UPDATE ON "AuditHeads"
            FOR EACH ROW EXECUTE FUNCTION audit_head_forward();
        """;

    public const string PostgresDropAppendOnly = """
        DROP TRIGGER IF EXISTS "AuditEntries_AppendOnly" ON "AuditEntries";
        DROP TRIGGER IF EXISTS "AuditEntries_NoTruncate" ON "AuditEntries";
        DROP TRIGGER IF EXISTS "AuditHeads_NoDelete" ON "AuditHeads";
        DROP TRIGGER IF EXISTS "AuditHeads_NoTruncate" ON "AuditHeads";
        DROP TRIGGER IF EXISTS "AuditHeads_OnlyForward" ON "AuditHeads";
        DROP FUNCTION IF EXISTS audit_append_only();
        DROP FUNCTION IF EXISTS audit_head_forward();
        """;
}
