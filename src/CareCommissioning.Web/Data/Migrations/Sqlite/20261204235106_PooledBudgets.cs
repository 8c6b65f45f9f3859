using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PooledBudgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PartnershipId",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnershipAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RiskShare = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Underspend = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CapPercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    CapExcessPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContributionVariation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GovernanceBoard = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BoardMembers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Quorum = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DelegatedLimits = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HealthAndWellbeingBoardReporting = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProviderArrangements = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Rounds = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipAgreements_PartnershipPartners_CapExcessPartnerId",
                        column: x => x.CapExcessPartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnershipAgreements_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipContributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipContributions_PartnershipPartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnershipContributions_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Baseline = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    HigherIsBetter = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProviderPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipMeasures_PartnershipPartners_ProviderPartnerId",
                        column: x => x.ProviderPartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PartnershipMeasures_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipSchemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LeadPartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AppraisalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Economies = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EconomiesEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EconomiesJudgement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipSchemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipSchemes_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PartnershipSchemes_PartnershipPartners_LeadPartnerId",
                        column: x => x.LeadPartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnershipSchemes_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipSignOffs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionMakers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipSignOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipSignOffs_PartnershipPartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "PartnershipPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnershipSignOffs_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ProvidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureValues_PartnershipMeasures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "PartnershipMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SchemeSpend",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Actual = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Forecast = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchemeSpend", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchemeSpend_PartnershipSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "PartnershipSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PartnershipId_Sequence",
                table: "AuditEntries",
                columns: new[] { "PartnershipId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureValues_MeasureId_Period",
                table: "MeasureValues",
                columns: new[] { "MeasureId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipAgreements_CapExcessPartnerId",
                table: "PartnershipAgreements",
                column: "CapExcessPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipAgreements_PartnershipId",
                table: "PartnershipAgreements",
                column: "PartnershipId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipContributions_PartnerId",
                table: "PartnershipContributions",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipContributions_PartnershipId_Year",
                table: "PartnershipContributions",
                columns: new[] { "PartnershipId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMeasures_PartnershipId",
                table: "PartnershipMeasures",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMeasures_ProviderPartnerId",
                table: "PartnershipMeasures",
                column: "ProviderPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipSchemes_AppraisalId",
                table: "PartnershipSchemes",
                column: "AppraisalId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipSchemes_LeadPartnerId",
                table: "PartnershipSchemes",
                column: "LeadPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipSchemes_PartnershipId_Name",
                table: "PartnershipSchemes",
                columns: new[] { "PartnershipId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipSignOffs_PartnerId",
                table: "PartnershipSignOffs",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipSignOffs_PartnershipId_AgreementVersion",
                table: "PartnershipSignOffs",
                columns: new[] { "PartnershipId", "AgreementVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_SchemeSpend_SchemeId_Month",
                table: "SchemeSpend",
                columns: new[] { "SchemeId", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeasureValues");

            migrationBuilder.DropTable(
                name: "PartnershipAgreements");

            migrationBuilder.DropTable(
                name: "PartnershipContributions");

            migrationBuilder.DropTable(
                name: "PartnershipSignOffs");

            migrationBuilder.DropTable(
                name: "SchemeSpend");

            migrationBuilder.DropTable(
                name: "PartnershipMeasures");

            migrationBuilder.DropTable(
                name: "PartnershipSchemes");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_PartnershipId_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PartnershipId",
                table: "AuditEntries");
        }
    }
}
