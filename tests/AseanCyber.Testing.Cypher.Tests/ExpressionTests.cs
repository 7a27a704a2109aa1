using static AseanCyber.Testing.Cypher.Tests.Cy;

namespace AseanCyber.Testing.Cypher.Tests;

public sealed class ExpressionTests
{
    [Theory]
    [InlineData("1 + 2", 3L)]
    [InlineData("7 / 2", 3L)]
    [InlineData("-7 / 2", -3L)]
    [InlineData("7 % 3", 1L)]
    [InlineData("7.0 / 2", 3.5)]
    [InlineData("2 ^ 3", 8.0)]
    [InlineData("1 + 2 * 3", 7L)]
    [InlineData("(1 + 2) * 3", 9L)]
    [InlineData("-(3)", -3L)]
    [InlineData("'a' + 'b'", "ab")]
    [InlineData("'a' + 1", "a1")]
    [InlineData("'x' + 1.5", "x1.5")]
    [InlineData("0x1F", 31L)]
    [InlineData("1e3", 1000.0)]
    public void Arithmetic_and_concatenation(string expression, object expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("1 + null")]
    [InlineData("null = null")]
    [InlineData("null <> 1")]
    [InlineData("1 < null")]
    [InlineData("null AND true")]
    [InlineData("null OR false")]
    [InlineData("NOT null")]
    [InlineData("null XOR true")]
    [InlineData("null IN [1, 2]")]
    [InlineData("3 IN [1, null]")]
    [InlineData("'a' STARTS WITH null")]
    [InlineData("1 STARTS WITH 'a'")]
    [InlineData("[1, null] = [1, 2]")]
    [InlineData("1 < 'a'")]
    [InlineData("null.x")]
    [InlineData("[1, 2][null]")]
    [InlineData("toUpper(null)")]
    [InlineData("size(null)")]
    public void Null_propagates(string expression) => Assert.Null(Eval(expression));

    [Theory]
    [InlineData("null AND false", false)]
    [InlineData("false AND null", false)]
    [InlineData("null OR true", true)]
    [InlineData("true OR null", true)]
    [InlineData("true XOR false", true)]
    [InlineData("1 IN [1, null]", true)]
    [InlineData("1 IN []", false)]
    [InlineData("[1, null] = [2, null]", false)]
    [InlineData("1 = 1.0", true)]
    [InlineData("1 = '1'", false)]
    [InlineData("'abc' < 'abd'", true)]
    [InlineData("1 < 2 < 3", true)]
    [InlineData("3 > 2 > 2", false)]
    [InlineData("[1, 2] < [1, 3]", true)]
    [InlineData("null IS NULL", true)]
    [InlineData("1 IS NOT NULL", true)]
    [InlineData("'Hello' STARTS WITH 'He'", true)]
    [InlineData("'Hello' ENDS WITH 'lo'", true)]
    [InlineData("'Hello' CONTAINS 'll'", true)]
    [InlineData("'Hello' CONTAINS 'L'", false)]
    [InlineData("'Hello' =~ 'H.*o'", true)]
    [InlineData("'Hello' =~ 'ell'", false)]
    [InlineData("{a: 1, b: [2]} = {b: [2], a: 1}", true)]
    [InlineData("coalesce(null, false)", false)]
    public void Three_valued_logic_and_comparison(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Lists_index_and_slice_with_out_of_range_bounds()
    {
        Assert.Equal(3L, Eval("[1, 2, 3][-1]"));
        Assert.Null(Eval("[1, 2, 3][5]"));
        Assert.Equal(L(2L, 3L), Eval("[1, 2, 3][1..]"));
        Assert.Equal(L(1L, 2L), Eval("[1, 2, 3][..-1]"));
        Assert.Equal(L(1L, 2L, 3L), Eval("[1, 2, 3][-10..10]"));
        Assert.Equal(L(), Eval("[1, 2, 3][2..1]"));
        Assert.Null(Eval("[1, 2, 3][null..2]"));
        Assert.Equal(L(1L, 2L, 3L, 4L), Eval("[1, 2] + [3, 4]"));
        Assert.Equal(L(1L, 2L, 3L), Eval("[1, 2] + 3"));
        Assert.Equal(2L, Eval("{a: {b: 2}}.a.b"));
        Assert.Equal(2L, Eval("{a: 2}['a']"));
    }

    [Fact]
    public void Case_both_forms()
    {
        Assert.Equal("two", Eval("CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END"));
        Assert.Null(Eval("CASE null WHEN null THEN 'null' END"));
        Assert.Equal("big", Eval("CASE WHEN 5 > 3 THEN 'big' ELSE 'small' END"));
        Assert.Equal("else", Eval("CASE WHEN null THEN 'null' ELSE 'else' END"));
    }

    [Fact]
    public void Comprehensions_and_quantifiers()
    {
        Assert.Equal(L(4L, 9L), Eval("[x IN [1, 2, 3] WHERE x > 1 | x * x]"));
        Assert.Equal(L(1L, 2L), Eval("[x IN [1, 2]]"));
        Assert.Null(Eval("[x IN null | x]"));
        Assert.Equal(true, Eval("all(x IN [1, 2] WHERE x > 0)"));
        Assert.Null(Eval("all(x IN [1, null] WHERE x > 0)"));
        Assert.Equal(false, Eval("all(x IN [1, null, -1] WHERE x > 0)"));
        Assert.Equal(true, Eval("any(x IN [null, 2] WHERE x > 1)"));
        Assert.Null(Eval("any(x IN [null, 0] WHERE x > 1)"));
        Assert.Equal(true, Eval("none(x IN [] WHERE x > 1)"));
        Assert.Equal(true, Eval("single(x IN [1, 2, 3] WHERE x = 2)"));
        Assert.Equal(false, Eval("single(x IN [2, 2] WHERE x = 2)"));
        Assert.Null(Eval("single(x IN [2, null] WHERE x = 2)"));
    }

    [Fact]
    public void Reduce_folds_left_to_right()
    {
        Assert.Equal(6L, Eval("reduce(s = 0, x IN [1, 2, 3] | s + x)"));
        Assert.Equal("abc", Eval("reduce(s = '', x IN ['a', 'b', 'c'] | s + x)"));
        Assert.Equal(0.5 * 0.3 * 0.1, Eval("reduce(s = 1.0, x IN [0.5, 0.3, 0.1] | s * x)"));
        Assert.Equal(1.0, Eval("reduce(s = 1.0, x IN [] | s * x)"));
        Assert.Null(Eval("reduce(s = 1.0, x IN null | s * x)"));
        Assert.Null(Eval("reduce(s = 1, x IN [1, null] | s * x)"));
        Assert.Equal(0.9, Eval("reduce(s = 1.0, k IN ['HOST'] | s * {HOST: 0.9}[k])"));
    }

    [Fact]
    public void Functions()
    {
        Assert.Equal("ABC", Eval("toUpper('abc')"));
        Assert.Equal("abc", Eval("toLower('ABC')"));
        Assert.Equal(3L, Eval("size('abc')"));
        Assert.Equal(2L, Eval("size([1, 2])"));
        Assert.Equal(1L, Eval("head([1, 2])"));
        Assert.Null(Eval("head([])"));
        Assert.Equal(2L, Eval("last([1, 2])"));
        Assert.Equal(L(0L, 2L, 4L), Eval("range(0, 5, 2)"));
        Assert.Equal(L(3L, 2L, 1L), Eval("range(3, 1, -1)"));
        Assert.Equal("1", Eval("toString(1)"));
        Assert.Equal("1.0", Eval("toString(1.0)"));
        Assert.Equal("true", Eval("toString(true)"));
        Assert.Equal(12L, Eval("toInteger('12')"));
        Assert.Equal(12L, Eval("toInteger(12.7)"));
        Assert.Null(Eval("toInteger('x')"));
        Assert.Equal(1.5, Eval("toFloat('1.5')"));
        Assert.Equal("cba", Eval("reverse('abc')"));
        Assert.Equal(L(3L, 2L, 1L), Eval("reverse([1, 2, 3])"));
        Assert.Equal("a b", Eval("trim('  a b ')"));
        Assert.Equal(L("a", "b", "c"), Eval("split('a,b,c', ',')"));
        Assert.Equal("bc", Eval("substring('abcd', 1, 2)"));
        Assert.Equal("bcd", Eval("substring('abcd', 1)"));
        Assert.Equal("ab", Eval("left('abcd', 2)"));
        Assert.Equal("cd", Eval("right('abcd', 2)"));
        Assert.Equal(3L, Eval("abs(-3)"));
        Assert.Equal(L("a", "b"), Eval("keys({a: 1, b: 2})"));
        Assert.Equal(2L, Eval("coalesce(null, 2, 3)"));
        Assert.Equal(true, Eval("timestamp() > 0"));
        Assert.Equal(3L, Eval("COUNT { UNWIND [1, 2, 3] AS x RETURN x }"));
    }

    [Fact]
    public void Parameters_are_converted_like_a_query_api_request()
    {
        var p = P(("i", 3), ("d", 2.5f), ("list", new[] { "a", "b" }), ("map", new Dictionary<string, object?> { ["k"] = 1 }), ("date", new DateOnly(2024, 5, 1)));
        Assert.Equal(3L, Eval("$i", p));
        Assert.Equal(2.5, Eval("$d", p));
        Assert.Equal(L("a", "b"), Eval("$list", p));
        Assert.Equal(1L, Eval("$map.k", p));
        Assert.Equal("2024-05-01", Eval("$date", p));
        using var json = System.Text.Json.JsonDocument.Parse("""{"n": 1, "f": 1.0, "xs": [true, null]}""");
        var jp = P(("j", json.RootElement.Clone()));
        Assert.Equal(1L, Eval("$j.n", jp));
        Assert.Equal(1.0, Eval("$j.f", jp));
        Assert.Equal(L(true, null), Eval("$j.xs", jp));
    }
}
