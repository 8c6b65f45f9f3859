using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Free-text search of purchases (decision 0015): a SearchKey column numbered by trigger (0 until then; existing purchases take
    /// their rowid now), an FTS5 trigram index over description and order number with PurchaseRequests as its external content keyed on
    /// SearchKey, triggers that keep it in step, and the indexes a search reads. A later migration that rebuilds
    /// PurchaseRequests (SQLite's copy-and-rename) drops these triggers with the old table and must create them again.
    /// </summary>
    public partial class PurchaseSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SearchKey",
                table: "PurchaseRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql("UPDATE \"PurchaseRequests\" SET \"SearchKey\" = rowid;");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_SearchKey",
                table: "PurchaseRequests",
                column: "SearchKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_SearchList",
                table: "PurchaseRequests",
                columns: new[] { "OrganisationId", "CreatedAt", "Id", "SearchKey", "Status", "ChosenRoute", "Compliant", "EstimatedPenceIncludingVat", "Category", "ChosenSupplierId", "ChosenSupplierName", "RequestedByUserId" },
                filter: "\"SearchKey\" > 0");

            // The trigram tokenizer folds case (case_sensitive 0 is its default) and matches a quoted phrase as a substring.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE \"PurchaseSearch\" USING fts5(\"Description\", \"OrderNumber\", " +
                "content='PurchaseRequests', content_rowid='SearchKey', tokenize='trigram');");
            migrationBuilder.Sql("INSERT INTO \"PurchaseSearch\"(\"PurchaseSearch\") VALUES ('rebuild');");
            // A new purchase takes the next key inside the writing transaction (SQLite has one writer), then is indexed.
            migrationBuilder.Sql(
                "CREATE TRIGGER \"PurchaseSearch_Insert\" AFTER INSERT ON \"PurchaseRequests\" BEGIN " +
                "UPDATE \"PurchaseRequests\" SET \"SearchKey\" = (SELECT coalesce(max(\"SearchKey\"), 0) + 1 FROM \"PurchaseRequests\") " +
                "WHERE rowid = new.rowid AND new.\"SearchKey\" = 0; " +
                "INSERT INTO \"PurchaseSearch\"(rowid, \"Description\", \"OrderNumber\") " +
                "SELECT \"SearchKey\", \"Description\", \"OrderNumber\" FROM \"PurchaseRequests\" WHERE rowid = new.rowid; END;");
            // External content: the index is told the old text to take out, then the new text to put in.
            migrationBuilder.Sql(
                "CREATE TRIGGER \"PurchaseSearch_Update\" AFTER UPDATE OF \"Description\", \"OrderNumber\" ON \"PurchaseRequests\" BEGIN " +
                "INSERT INTO \"PurchaseSearch\"(\"PurchaseSearch\", rowid, \"Description\", \"OrderNumber\") " +
                "VALUES ('delete', old.\"SearchKey\", old.\"Description\", old.\"OrderNumber\"); " +
                "INSERT INTO \"PurchaseSearch\"(rowid, \"Description\", \"OrderNumber\") " +
                "VALUES (new.\"SearchKey\", new.\"Description\", new.\"OrderNumber\"); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"PurchaseSearch_Delete\" AFTER DELETE ON \"PurchaseRequests\" BEGIN " +
                "INSERT INTO \"PurchaseSearch\"(\"PurchaseSearch\", rowid, \"Description\", \"OrderNumber\") " +
                "VALUES ('delete', old.\"SearchKey\", old.\"Description\", old.\"OrderNumber\"); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"PurchaseSearch_Delete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"PurchaseSearch_Update\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"PurchaseSearch_Insert\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"PurchaseSearch\";");

            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_SearchKey",
                table: "PurchaseRequests");

            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_SearchList",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "SearchKey",
                table: "PurchaseRequests");
        }
    }
}
