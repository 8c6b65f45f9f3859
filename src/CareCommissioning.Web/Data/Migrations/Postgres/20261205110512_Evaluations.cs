using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Strategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcomes = table.Column<string>(type: "text", nullable: false),
                    Documents = table.Column<string>(type: "text", nullable: false),
                    Relations = table.Column<string>(type: "text", nullable: false),
                    SharedWithPartners = table.Column<bool>(type: "boolean", nullable: false),
                    EvaluationIntervalMonths = table.Column<int>(type: "integer", nullable: true),
                    NextEvaluationDue = table.Column<DateOnly>(type: "date", nullable: true),
                    LastEvaluatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RenewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RenewedOnEvaluationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Strategies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Strategies_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StrategyEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StrategyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: true),
                    PlainSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OpenUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Screening = table.Column<string>(type: "text", nullable: false),
                    Reports = table.Column<string>(type: "text", nullable: false),
                    FinalReport = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "text", nullable: true),
                    Plan = table.Column<string>(type: "text", nullable: true),
                    WiderAims = table.Column<string>(type: "text", nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyEvaluations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StrategyEvaluations_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StrategyEvaluations_Strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "Strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationContributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ReportVersion = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GivenThrough = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RespondedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationContributions_StrategyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "StrategyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Finding = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SourceType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    SurveyAnswers = table.Column<string>(type: "text", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationEvidence_StrategyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "StrategyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationImpacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Term = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Importance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Certainty = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Affects = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IdentifiedWith = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EvidenceIds = table.Column<string>(type: "text", nullable: false),
                    ContributionIds = table.Column<string>(type: "text", nullable: false),
                    LinkedImpactIds = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationImpacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationImpacts_StrategyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "StrategyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InvitedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationParticipants_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationParticipants_StrategyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "StrategyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationSharings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Item = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ReportVersion = table.Column<int>(type: "integer", nullable: true),
                    Audience = table.Column<int>(type: "integer", nullable: false),
                    Recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Formats = table.Column<int>(type: "integer", nullable: false),
                    SharedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Response = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSharings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationSharings_StrategyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "StrategyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InformationExchanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Information = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Basis = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Agreement = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ExchangedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationExchanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationExchanges_StrategyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "StrategyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Rationale = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ImpactIds = table.Column<string>(type: "text", nullable: false),
                    EvidenceIds = table.Column<string>(type: "text", nullable: false),
                    ProposalIds = table.Column<string>(type: "text", nullable: false),
                    DevelopedWith = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FollowUpRecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyRecommendations_StrategyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "StrategyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RiskOfActionId = table.Column<Guid>(type: "uuid", nullable: true),
                    RiskOfInactionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Progress = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationActions_Risks_RiskOfActionId",
                        column: x => x.RiskOfActionId,
                        principalTable: "Risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationActions_Risks_RiskOfInactionId",
                        column: x => x.RiskOfInactionId,
                        principalTable: "Risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationActions_StrategyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "StrategyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationActions_StrategyRecommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "StrategyRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationActions_DueOn",
                table: "EvaluationActions",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationActions_EvaluationId_DueOn",
                table: "EvaluationActions",
                columns: new[] { "EvaluationId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationActions_RecommendationId",
                table: "EvaluationActions",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationActions_RiskOfActionId",
                table: "EvaluationActions",
                column: "RiskOfActionId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationActions_RiskOfInactionId",
                table: "EvaluationActions",
                column: "RiskOfInactionId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationContributions_EvaluationId_SubmittedAt",
                table: "EvaluationContributions",
                columns: new[] { "EvaluationId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationEvidence_EvaluationId_Kind",
                table: "EvaluationEvidence",
                columns: new[] { "EvaluationId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationImpacts_EvaluationId",
                table: "EvaluationImpacts",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationParticipants_EvaluationId_OrganisationId",
                table: "EvaluationParticipants",
                columns: new[] { "EvaluationId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationParticipants_OrganisationId",
                table: "EvaluationParticipants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSharings_EvaluationId_Item",
                table: "EvaluationSharings",
                columns: new[] { "EvaluationId", "Item" });

            migrationBuilder.CreateIndex(
                name: "IX_InformationExchanges_EvaluationId",
                table: "InformationExchanges",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_Strategies_NextEvaluationDue",
                table: "Strategies",
                column: "NextEvaluationDue");

            migrationBuilder.CreateIndex(
                name: "IX_Strategies_OrganisationId_Title",
                table: "Strategies",
                columns: new[] { "OrganisationId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_StrategyEvaluations_OrganisationId_Stage",
                table: "StrategyEvaluations",
                columns: new[] { "OrganisationId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_StrategyEvaluations_PartnershipId",
                table: "StrategyEvaluations",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyEvaluations_StrategyId",
                table: "StrategyEvaluations",
                column: "StrategyId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyRecommendations_EvaluationId",
                table: "StrategyRecommendations",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyRecommendations_FollowUpRecordId",
                table: "StrategyRecommendations",
                column: "FollowUpRecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationActions");

            migrationBuilder.DropTable(
                name: "EvaluationContributions");

            migrationBuilder.DropTable(
                name: "EvaluationEvidence");

            migrationBuilder.DropTable(
                name: "EvaluationImpacts");

            migrationBuilder.DropTable(
                name: "EvaluationParticipants");

            migrationBuilder.DropTable(
                name: "EvaluationSharings");

            migrationBuilder.DropTable(
                name: "InformationExchanges");

            migrationBuilder.DropTable(
                name: "StrategyRecommendations");

            migrationBuilder.DropTable(
                name: "StrategyEvaluations");

            migrationBuilder.DropTable(
                name: "Strategies");
        }
    }
}
