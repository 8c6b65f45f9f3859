using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Free-text search of purchases (decision 0015): GIN trigram indexes (pg_trgm) on lower(description) and lower(order
    /// number), which answer the list's LIKE '%…%' on lower(...) as it is written. GIN has no B-tree entry size limit, so long
    /// descriptions are safe. pg_trgm is a trusted extension: the database's owner may create it. Down leaves the extension.
    /// </summary>
    public partial class PurchaseSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql(
                "CREATE INDEX \"IX_PurchaseRequests_Description_Trigram\" ON \"PurchaseRequests\" USING gin (lower(\"Description\") gin_trgm_ops);");
            migrationBuilder.Sql(
                "CREATE INDEX \"IX_PurchaseRequests_OrderNumber_Trigram\" ON \"PurchaseRequests\" USING gin (lower(\"OrderNumber\") gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_PurchaseRequests_OrderNumber_Trigram\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_PurchaseRequests_Description_Trigram\";");
        }
    }
}
