using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// A partial index of the requests whose list columns are still to fill (pence −1), so the backfill's check at every
    /// start-up reads an empty index instead of the whole purchase table.
    /// </summary>
    public partial class PurchaseListColumnsToFill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_ListColumnsToFill",
                table: "PurchaseRequests",
                column: "EstimatedPenceIncludingVat",
                filter: "\"EstimatedPenceIncludingVat\" < 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_ListColumnsToFill",
                table: "PurchaseRequests");
        }
    }
}
