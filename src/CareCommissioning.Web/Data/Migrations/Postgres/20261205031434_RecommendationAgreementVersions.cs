using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecommendationAgreementVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AgreedAtAgreementVersion",
                table: "EvaluationRecommendations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DoneInAgreementVersion",
                table: "EvaluationRecommendations",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AgreedAtAgreementVersion",
                table: "EvaluationRecommendations");

            migrationBuilder.DropColumn(
                name: "DoneInAgreementVersion",
                table: "EvaluationRecommendations");
        }
    }
}
