using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareCommissioning.Web.Data;

internal static class NestedLambdasCompiledOnceRegistration
{
    /// <summary>Every query's executor has its self-contained inner lambdas compiled once (<see
    /// cref="NestedLambdasCompiledOnce"/>).</summary>
    public static DbContextOptionsBuilder CompileNestedLambdasOnce(this DbContextOptionsBuilder options) =>
#pragma warning disable EF9100 // EF's own constant processor (marked for evaluation), extended below.
        options.ReplaceService<ILiftableConstantProcessor, NestedLambdasCompiledOnce>();
#pragma warning restore EF9100
}

/// <summary>
/// EF compiles each query shape once into an executor, a lambda whose tree holds inner lambdas: the shaper that makes
/// a row into an entity, and the resolver of the SQL command. The expression compiler turns an inner lambda into a
/// separate method and makes a new delegate for it every time the executor runs, through
/// <c>DynamicMethod.CreateDelegate</c>, which takes about two and a half microseconds in the runtime. A profile of the
/// API's by-id read put that at 4.5% of the process's time (decision 0029). An inner lambda that uses nothing from the
/// lambdas around it (and EF's shaper and resolver use only their own parameters) gives the same delegate every time,
/// so it is compiled here once and put in the tree as a constant. An inner lambda that does use an outer variable is
/// left as it is, and so is a quoted one, which stays an expression.
/// </summary>
#pragma warning disable EF9100 // EF's relational constant processor (marked for evaluation); only inlining is extended.
internal sealed class NestedLambdasCompiledOnce(
    ShapedQueryCompilingExpressionVisitorDependencies dependencies,
    RelationalShapedQueryCompilingExpressionVisitorDependencies relationalDependencies,
    RelationalCommandBuilderDependencies commandBuilderDependencies
) : RelationalLiftableConstantProcessor(dependencies, relationalDependencies, commandBuilderDependencies)
#pragma warning restore EF9100
{
    public override Expression InlineConstants(Expression expression, bool supportsPrecompiledQuery) =>
        CompileClosedInnerLambdas(base.InlineConstants(expression, supportsPrecompiledQuery));

    /// <summary>The tree with every inner lambda that uses no outer variable replaced by its compiled delegate. The
    /// outermost lambda, if <paramref name="expression"/> is one, stays a lambda.</summary>
    internal static Expression CompileClosedInnerLambdas(Expression expression) =>
        expression is LambdaExpression root
            ? Expression.Lambda(root.Type, new Hoister().Visit(root.Body), root.Name, root.TailCall, root.Parameters)
            : new Hoister().Visit(expression);

    private sealed class Hoister : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            // Innermost first, so a closed lambda inside an open one is still compiled once.
            var visited = (Expression<T>)base.VisitLambda(node);
            return UsesNoOuterVariable(visited) ? Expression.Constant(visited.Compile(), typeof(T)) : visited;
        }

        // A quoted lambda is data (an expression tree handed to a method), not code to run.
        protected override Expression VisitUnary(UnaryExpression node) =>
            node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);
    }

    private static bool UsesNoOuterVariable(LambdaExpression lambda)
    {
        var finder = new OuterVariableFinder();
        finder.Visit(lambda);
        return !finder.Found;
    }

    /// <summary>Finds a parameter used inside a lambda but declared outside it: not one of its own (or an inner
    /// lambda's) parameters, block variables or catch variables.</summary>
    private sealed class OuterVariableFinder : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _declared = [];

        public bool Found { get; private set; }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            _declared.UnionWith(node.Variables);
            return base.VisitBlock(node);
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            if (node.Variable is not null)
                _declared.Add(node.Variable);
            return base.VisitCatchBlock(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_declared.Contains(node))
                Found = true;
            return node;
        }
    }
}
