using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContractDesigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DesignId",
                table: "Contracts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContractDesigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AppraisalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutcomeIds = table.Column<string>(type: "TEXT", nullable: false),
                    Agreements = table.Column<string>(type: "TEXT", nullable: false),
                    Approaches = table.Column<string>(type: "TEXT", nullable: false),
                    Costs = table.Column<string>(type: "TEXT", nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    VolumePredictable = table.Column<bool>(type: "INTEGER", nullable: true),
                    PersonDirects = table.Column<bool>(type: "INTEGER", nullable: true),
                    OutcomesMeasurable = table.Column<bool>(type: "INTEGER", nullable: true),
                    Providers = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CpvCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecommendedType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TypeReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Implementation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReadyAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractDesigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractDesigns_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractDesigns_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractProvisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DesignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OutcomeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Percentage = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractProvisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractProvisions_ContractDesigns_DesignId",
                        column: x => x.DesignId,
                        principalTable: "ContractDesigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractProvisions_ContractOutcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "ContractOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractProvisions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_DesignId",
                table: "Contracts",
                column: "DesignId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractDesigns_AppraisalId",
                table: "ContractDesigns",
                column: "AppraisalId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractDesigns_OrganisationId_Title",
                table: "ContractDesigns",
                columns: new[] { "OrganisationId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractProvisions_DesignId_Kind",
                table: "ContractProvisions",
                columns: new[] { "DesignId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractProvisions_OrganisationId",
                table: "ContractProvisions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractProvisions_OutcomeId",
                table: "ContractProvisions",
                column: "OutcomeId");

            migrationBuilder.AddForeignKey(
                name: "FK_Contracts_ContractDesigns_DesignId",
                table: "Contracts",
                column: "DesignId",
                principalTable: "ContractDesigns",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contracts_ContractDesigns_DesignId",
                table: "Contracts");

            migrationBuilder.DropTable(
                name: "ContractProvisions");

            migrationBuilder.DropTable(
                name: "ContractDesigns");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_DesignId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "DesignId",
                table: "Contracts");
        }
    }
}
