using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PlanData.Text;

namespace PlanData.Querying.Data;

/// <summary>Small expression-tree tools shared by filtering and sorting.</summary>
public static class ExpressionParts
{
    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="instance"/>.</summary>
    public static Expression Apply(LambdaExpression lambda, Expression instance) =>
        new Rebinder(lambda.Parameters[0], instance).Visit(lambda.Body);

    /// <summary>A value EF sends as a SQL parameter (a captured member, not an inlined constant).</summary>
    public static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(ValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    /// <summary>The stored folded twin of a text member (x.Title → EF.Property&lt;string&gt;(x, "TitleFolded")).</summary>
    public static Expression? Folded(Expression value, Type type)
    {
        if (value is not MemberExpression { Expression: { } owner } member)
        {
            return null;
        }

        var property = typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(type);
        return Expression.Call(property, owner, Expression.Constant(FoldedNames.Of(member.Member.Name)));
    }

    private sealed class Rebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
