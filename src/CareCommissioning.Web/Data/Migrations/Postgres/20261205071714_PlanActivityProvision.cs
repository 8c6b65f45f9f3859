using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanActivityProvision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PlanActivities_ProvisionId",
                table: "PlanActivities",
                column: "ProvisionId");

            migrationBuilder.AddForeignKey(
                name: "FK_PlanActivities_ContractProvisions_ProvisionId",
                table: "PlanActivities",
                column: "ProvisionId",
                principalTable: "ContractProvisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PlanActivities_ContractProvisions_ProvisionId",
                table: "PlanActivities");

            migrationBuilder.DropIndex(
                name: "IX_PlanActivities_ProvisionId",
                table: "PlanActivities");
        }
    }
}
