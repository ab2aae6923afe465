import Foundation
// The preview server is built in this module (issue 5).
