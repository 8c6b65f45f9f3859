using System.Linq.Expressions;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// EF's query executors have their self-contained inner lambdas compiled once instead of a delegate being made for
/// each at every run (NestedLambdasCompiledOnce, decision 0029). Only a lambda that uses nothing from outside may be
/// replaced, and the answers must not change.
/// </summary>
public sealed class NestedLambdasCompiledOnceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void AClosedInnerLambda_BecomesItsDelegate_WhileAnOpenOneAndAQuotedOneStayTrees()
    {
        var x = Expression.Parameter(typeof(int), "x");
        var y = Expression.Parameter(typeof(int), "y");
        var z = Expression.Parameter(typeof(int), "z");
        Expression<Func<int, int>> quoted = v => v * 2;
        // x => (y => y + 1)(x) + (z => z + x)(x) + quoted.Parameters.Count
        var closed = Expression.Lambda<Func<int, int>>(Expression.Add(y, Expression.Constant(1)), y);
        var open = Expression.Lambda<Func<int, int>>(Expression.Add(z, x), z);
        var quote = Expression.Quote(quoted);
        var body = Expression.Add(
            Expression.Add(Expression.Invoke(closed, x), Expression.Invoke(open, x)),
            Expression.Property(Expression.Property(quote, nameof(LambdaExpression.Parameters)), "Count")
        );
        var root = Expression.Lambda<Func<int, int>>(body, x);

        var result = NestedLambdasCompiledOnce.CompileClosedInnerLambdas(root);

        var lambda = Assert.IsType<Expression<Func<int, int>>>(result, exactMatch: false);
        var inner = new InnerNodes();
        inner.Visit(lambda.Body);
        Assert.Contains(inner.Constants, c => c.Value is Func<int, int>);
        Assert.Equal([open], inner.Lambdas.Where(l => l != quoted));
        Assert.Contains(inner.Quotes, q => q.Operand == quoted);
        // (5 + 1) + (5 + 5) + 1, as before.
        Assert.Equal(root.Compile()(5), lambda.Compile()(5));
        Assert.Equal(17, lambda.Compile()(5));
    }

    [Fact]
    public void AClosedLambdaInsideAnOpenOne_IsStillCompiledOnce()
    {
        var x = Expression.Parameter(typeof(int), "x");
        var y = Expression.Parameter(typeof(int), "y");
        var w = Expression.Parameter(typeof(int), "w");
        var closed = Expression.Lambda<Func<int, int>>(Expression.Multiply(w, w), w);
        // x => (y => (w => w * w)(y) + x)(3)
        var open = Expression.Lambda<Func<int, int>>(Expression.Add(Expression.Invoke(closed, y), x), y);
        var root = Expression.Lambda<Func<int, int>>(Expression.Invoke(open, Expression.Constant(3)), x);

        var result = (Expression<Func<int, int>>)NestedLambdasCompiledOnce.CompileClosedInnerLambdas(root);

        var inner = new InnerNodes();
        inner.Visit(result.Body);
        Assert.Single(inner.Lambdas);
        Assert.Single(inner.Constants, c => c.Value is Func<int, int>);
        Assert.Equal(9 + 4, result.Compile()(4));
    }

    [Fact]
    public void BlockAndCatchVariables_AreTheLambdasOwn()
    {
        var v = Expression.Variable(typeof(int), "v");
        var e = Expression.Variable(typeof(Exception), "e");
        // () => { int v = 2; try { return v * 10; } catch (Exception e) { return e.Message.Length; } }
        var inner = Expression.Lambda<Func<int>>(
            Expression.Block(
                [v],
                Expression.Assign(v, Expression.Constant(2)),
                Expression.TryCatch(
                    Expression.Multiply(v, Expression.Constant(10)),
                    Expression.Catch(e, Expression.Property(Expression.Property(e, "Message"), "Length"))
                )
            )
        );
        var root = Expression.Lambda<Func<int>>(Expression.Invoke(inner));

        var result = (Expression<Func<int>>)NestedLambdasCompiledOnce.CompileClosedInnerLambdas(root);

        var nodes = new InnerNodes();
        nodes.Visit(result.Body);
        Assert.Empty(nodes.Lambdas);
        Assert.Equal(20, result.Compile()());
    }

    [Fact]
    public async Task TheAppsContexts_UseIt_AndAQueryWithCorrelatedCollections_AnswersAsBefore()
    {
        await using var scope = app.Scope(out var db);
#pragma warning disable EF9100 // EF's constant processor, which the app replaces.
        Assert.IsType<NestedLambdasCompiledOnce>(db.GetService<ILiftableConstantProcessor>());
#pragma warning restore EF9100

        // Each organisation's stakeholder names, by a correlated subquery (its shaper uses the outer row), against the
        // same read in two plain queries put together here.
        var projected = await db
            .Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new
            {
                o.Name,
                Stakeholders = db
                    .Stakeholders.Where(s => s.OrganisationId == o.Id)
                    .OrderBy(s => s.Name)
                    .Select(s => s.Name)
                    .ToList(),
            })
            .ToListAsync();
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync();
        var stakeholders = await db.Stakeholders.AsNoTracking().ToListAsync();
        var expected = organisations
            .Select(o => new
            {
                o.Name,
                Stakeholders = stakeholders
                    .Where(s => s.OrganisationId == o.Id)
                    .OrderBy(s => s.Name, StringComparer.Ordinal)
                    .Select(s => s.Name)
                    .ToList(),
            })
            .ToList();

        Assert.True(stakeholders.Count > 0, "The demo data should have stakeholders.");
        Assert.Equal(expected.Select(e => e.Name), projected.Select(p => p.Name));
        for (var i = 0; i < expected.Count; i++)
            Assert.Equal(
                expected[i].Stakeholders.Order(StringComparer.Ordinal),
                projected[i].Stakeholders.Order(StringComparer.Ordinal)
            );
    }

    private sealed class InnerNodes : ExpressionVisitor
    {
        public List<LambdaExpression> Lambdas { get; } = [];
        public List<ConstantExpression> Constants { get; } = [];
        public List<UnaryExpression> Quotes { get; } = [];

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            Lambdas.Add(node);
            return base.VisitLambda(node);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            Constants.Add(node);
            return node;
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            if (node.NodeType == ExpressionType.Quote)
            {
                Quotes.Add(node);
                return node;
            }
            return base.VisitUnary(node);
        }
    }
}
