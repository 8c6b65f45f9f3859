using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareCommissioning.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanItemEngagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EngagementId",
                table: "PlanItems",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EngagementId",
                table: "PlanItems");
        }
    }
}
