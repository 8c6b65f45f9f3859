using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PoolReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PoolReturns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgreementInPlace = table.Column<bool>(type: "INTEGER", nullable: true),
                    PlansJointlyAgreed = table.Column<bool>(type: "INTEGER", nullable: true),
                    ImplementingObjectives = table.Column<bool>(type: "INTEGER", nullable: true),
                    GrantConditionsMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    OversightComplied = table.Column<bool>(type: "INTEGER", nullable: true),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BoardSignedOffOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BoardSignedOffBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolReturns_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PoolReturns_DueOn_SubmittedAt",
                table: "PoolReturns",
                columns: new[] { "DueOn", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PoolReturns_PartnershipId_Year_Quarter",
                table: "PoolReturns",
                columns: new[] { "PartnershipId", "Year", "Quarter" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PoolReturns");
        }
    }
}
