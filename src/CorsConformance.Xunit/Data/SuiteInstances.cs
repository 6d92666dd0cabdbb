using System.Reflection;
using System.Runtime.CompilerServices;

namespace CorsConformance.Xunit.Data;

/// <summary>
/// Creates the derived test class (the one xunit is discovering: <c>testMethod.ReflectedType</c>) to read its contract
/// while the rows are computed, before any fixture exists.
/// </summary>
internal static class SuiteInstances
{
    public static T Create<T>(Type? reflectedType) where T : CorsConformanceSuite
    {
        if (reflectedType is null || reflectedType.IsAbstract || !typeof(T).IsAssignableFrom(reflectedType))
            throw new InvalidOperationException(
                $"CorsConformance theories must run on a concrete class deriving from {typeof(T).Name}; got '{reflectedType?.FullName ?? "(none)"}'.");
        try
        {
            // A test class may ask for constructor arguments (ITestOutputHelper, fixtures): the contract must not need them.
            var constructor = reflectedType.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
            return (T)(constructor is not null ? constructor.Invoke(null) : RuntimeHelpers.GetUninitializedObject(reflectedType));
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}
