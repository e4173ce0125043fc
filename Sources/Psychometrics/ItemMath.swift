import Foundation

// Thin wrappers so that @inlinable code in the module can call the C math functions.
@usableFromInline func _exp(_ x: Double) -> Double { Foundation.exp(x) }
@usableFromInline func _log(_ x: Double) -> Double { Foundation.log(x) }
@usableFromInline func _log1p(_ x: Double) -> Double { Foundation.log1p(x) }
