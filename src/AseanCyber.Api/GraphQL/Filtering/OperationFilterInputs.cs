using GraphQL.Types;

namespace AseanCyber.Api.GraphQL.Filtering;

/// <summary>Hot Chocolate's string operations: eq neq in nin are exact; contains/startsWith/endsWith ignore case.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or");
        Field<StringGraphType>("eq");
        Field<StringGraphType>("neq");
        Field<StringGraphType>("contains");
        Field<StringGraphType>("ncontains");
        Field<ListGraphType<StringGraphType>>("in");
        Field<ListGraphType<StringGraphType>>("nin");
        Field<StringGraphType>("startsWith");
        Field<StringGraphType>("nstartsWith");
        Field<StringGraphType>("endsWith");
        Field<StringGraphType>("nendsWith");
    }
}

public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Field<IdGraphType>("eq");
        Field<IdGraphType>("neq");
        Field<ListGraphType<IdGraphType>>("in");
        Field<ListGraphType<IdGraphType>>("nin");
    }
}

public sealed class IntOperationFilterInputType : InputObjectGraphType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Field<ListGraphType<NonNullGraphType<IntOperationFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<IntOperationFilterInputType>>>("or");
        Field<IntGraphType>("eq");
        Field<IntGraphType>("neq");
        Field<ListGraphType<IntGraphType>>("in");
        Field<ListGraphType<IntGraphType>>("nin");
        Field<IntGraphType>("gt");
        Field<IntGraphType>("gte");
        Field<IntGraphType>("lt");
        Field<IntGraphType>("lte");
    }
}

/// <summary>eq neq in nin on an enum; named as Hot Chocolate names them ("EntryKindOperationFilterInput").</summary>
public class EnumOperationFilterInputType<TEnumType> : InputObjectGraphType
    where TEnumType : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
        : this(nullable: false)
    {
    }

    protected EnumOperationFilterInputType(bool nullable)
    {
        var enumName = new TEnumType().Name;
        Name = nullable ? $"NullableOf{enumName}OperationFilterInput" : $"{enumName}OperationFilterInput";
        Field<TEnumType>("eq");
        Field<TEnumType>("neq");
        Field<ListGraphType<TEnumType>>("in");
        Field<ListGraphType<TEnumType>>("nin");
    }
}

/// <summary>The same operations on an optional enum field; <c>eq: null</c> matches entries without a value.</summary>
public sealed class NullableEnumOperationFilterInputType<TEnumType> : EnumOperationFilterInputType<TEnumType>
    where TEnumType : EnumerationGraphType, new()
{
    public NullableEnumOperationFilterInputType()
        : base(nullable: true)
    {
    }
}

/// <summary>Hot Chocolate's list operations: some / all / none of the related nodes match, any = the list is not empty.</summary>
public sealed class ListFilterInputType<TElementFilter> : InputObjectGraphType
    where TElementFilter : InputObjectGraphType, new()
{
    public ListFilterInputType()
    {
        Name = $"ListFilterInputTypeOf{new TElementFilter().Name}";
        Field<TElementFilter>("all");
        Field<TElementFilter>("none");
        Field<TElementFilter>("some");
        Field<BooleanGraphType>("any");
    }
}

public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Add("ASC", AseanCyber.Graph.Querying.SortDirection.Asc);
        Add("DESC", AseanCyber.Graph.Querying.SortDirection.Desc);
    }
}
