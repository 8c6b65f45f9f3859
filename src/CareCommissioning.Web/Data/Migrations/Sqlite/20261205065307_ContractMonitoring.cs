using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContractMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContractKpiReturns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OnBehalf = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractKpiReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractKpiReturns_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractKpis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutcomeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AmberTolerance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RedThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DaysToReturn = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractKpis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractKpis_ContractOutcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "ContractOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractKpis_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractKpis_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractKpiValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReturnId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KpiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractKpiValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractKpiValues_ContractKpiReturns_ReturnId",
                        column: x => x.ReturnId,
                        principalTable: "ContractKpiReturns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractKpiValues_ContractKpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "ContractKpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractPerformanceActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KpiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Agreed = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractPerformanceActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractPerformanceActions_ContractKpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "ContractKpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractPerformanceActions_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractPerformanceActions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractKpiReturns_ContractId_PeriodStart",
                table: "ContractKpiReturns",
                columns: new[] { "ContractId", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractKpis_ContractId",
                table: "ContractKpis",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractKpis_OrganisationId",
                table: "ContractKpis",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractKpis_OutcomeId",
                table: "ContractKpis",
                column: "OutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractKpiValues_KpiId_PeriodStart",
                table: "ContractKpiValues",
                columns: new[] { "KpiId", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractKpiValues_ReturnId",
                table: "ContractKpiValues",
                column: "ReturnId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractPerformanceActions_ContractId",
                table: "ContractPerformanceActions",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractPerformanceActions_KpiId",
                table: "ContractPerformanceActions",
                column: "KpiId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractPerformanceActions_OrganisationId",
                table: "ContractPerformanceActions",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractKpiValues");

            migrationBuilder.DropTable(
                name: "ContractPerformanceActions");

            migrationBuilder.DropTable(
                name: "ContractKpiReturns");

            migrationBuilder.DropTable(
                name: "ContractKpis");
        }
    }
}
